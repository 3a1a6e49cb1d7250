// Secrets (API keys) kept with Electron safeStorage; never written into a project.
import { safeStorage } from 'electron';

export const electronSecretCodec = {
  available: () => safeStorage.isEncryptionAvailable(),
  encrypt: (plain: string): string => safeStorage.encryptString(plain).toString('base64'),
  decrypt: (stored: string): string => safeStorage.decryptString(Buffer.from(stored, 'base64')),
};
