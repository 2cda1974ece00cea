import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201103604 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "business_unit" add column if not exists "tax_id_verified_at" timestamptz null, add column if not exists "exemption_certificate" text null, add column if not exists "exemption_state" text null, add column if not exists "exemption_expires_at" text null, add column if not exists "exemption_verified_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "business_unit" drop column if exists "tax_id_verified_at", drop column if exists "exemption_certificate", drop column if exists "exemption_state", drop column if exists "exemption_expires_at", drop column if exists "exemption_verified_at";`);
  }

}
