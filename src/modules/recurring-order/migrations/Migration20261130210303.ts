import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130210303 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "recurring_order_run" add column if not exists "attempts" integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "recurring_order_run" drop column if exists "attempts";`);
  }

}
