/** A Lease on an Azure blob: acquired for `seconds`, renewed on each run, taken over when it lapses. */
import { BlobServiceClient, RestError, type BlobLeaseClient } from '@azure/storage-blob';
import type { Lease } from '../lease.js';

export class BlobLease implements Lease {
  private lease: BlobLeaseClient | null = null;
  private heldUntil = 0;

  private constructor(private readonly client: BlobLeaseClient, private readonly seconds: number) {}

  static async create(connectionString: string, name: string, seconds = 60, container = 'leases'): Promise<BlobLease> {
    const containerClient = BlobServiceClient.fromConnectionString(connectionString).getContainerClient(container);
    await containerClient.createIfNotExists();
    const blob = containerClient.getBlockBlobClient(name);
    if (!(await blob.exists())) await blob.upload('', 0).catch(() => undefined); // another instance may write it first, or lease it
    return new BlobLease(blob.getBlobLeaseClient(), seconds);
  }

  private async hold(): Promise<boolean> {
    try {
      if (this.lease && Date.now() < this.heldUntil) {
        await this.lease.renewLease();
      } else {
        await this.client.acquireLease(this.seconds);
        this.lease = this.client;
      }
      this.heldUntil = Date.now() + this.seconds * 1000 - 5_000;
      return true;
    } catch (e) {
      if (e instanceof RestError && (e.statusCode === 409 || e.statusCode === 412)) {
        this.lease = null;
        return false;
      }
      throw e;
    }
  }

  async runIfHeld<T>(work: () => Promise<T>): Promise<T | null> {
    return (await this.hold()) ? work() : null;
  }

  async release(): Promise<void> {
    if (this.lease) await this.lease.releaseLease().catch(() => undefined);
    this.lease = null;
  }
}
