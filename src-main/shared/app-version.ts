// The application's name and version, read once from package.json.
import pkg from '../../package.json';

export const APP_NAME = 'Storyloom';
export const APP_VERSION: string = pkg.version;
