// Secrets (API keys) encrypted with Electron safeStorage (the OS keychain); never written into a project.
import { safeStorage } from 'electron';
import type { SecretCodec } from '../settings/secret-store';

/** The codec when the OS keychain is available; undefined otherwise (the 0600 file fallback applies). */
export function electronSecretCodec(): SecretCodec | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    id: 'electron-safe-storage',
    encrypt: (plain: string): string => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (stored: string): string => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  };
}
