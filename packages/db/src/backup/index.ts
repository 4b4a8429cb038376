export { type BackupOptions, type BackupSummary, writeBackup } from './backup.ts';
export { type TableFingerprint, tableFingerprints } from './fingerprint.ts';
export { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from './format.ts';
export { RestoreRefused, type RestoreSummary, restoreBackup } from './restore.ts';
