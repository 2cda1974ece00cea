import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124231124 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "variant_quantity_rule" drop constraint if exists "variant_quantity_rule_variant_id_sales_channel_id_unique";`);
    this.addSql(`create table if not exists "variant_quantity_rule" ("id" text not null, "variant_id" text not null, "sales_channel_id" text not null, "min_quantity" integer null, "max_quantity" integer null, "increment" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "variant_quantity_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_variant_quantity_rule_deleted_at" ON "variant_quantity_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_variant_quantity_rule_variant_id_sales_channel_id_unique" ON "variant_quantity_rule" ("variant_id", "sales_channel_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "variant_quantity_rule" cascade;`);
  }

}
