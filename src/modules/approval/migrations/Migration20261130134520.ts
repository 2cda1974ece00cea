import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130134520 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "approval_flow" add column if not exists "quote_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_flow_quote_id_status" ON "approval_flow" ("quote_id", "status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_approval_flow_quote_id_status";`);
    this.addSql(`alter table if exists "approval_flow" drop column if exists "quote_id";`);
  }

}
