import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130203240 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "recurring_order_run" drop constraint if exists "recurring_order_run_recurring_order_id_due_on_unique";`);
    this.addSql(`create table if not exists "recurring_order" ("id" text not null, "name" text not null, "business_unit_id" text not null, "associate_id" text not null, "customer_id" text not null, "status" text check ("status" in ('active', 'paused', 'ended')) not null default 'active', "frequency" jsonb not null, "start_on" text not null, "end_on" text null, "next_run_on" text null, "region_id" text not null, "sales_channel_id" text not null, "shipping_address_id" text not null, "shipping_option_id" text not null, "payment_provider_id" text not null, "po_pattern" text null, "reminder_days" integer not null default 2, "reminded_for" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recurring_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recurring_order_deleted_at" ON "recurring_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recurring_order_status_next_run_on" ON "recurring_order" ("status", "next_run_on") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recurring_order_business_unit_id" ON "recurring_order" ("business_unit_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "recurring_order_line" ("id" text not null, "variant_id" text not null, "quantity" integer not null, "position" integer not null default 0, "product_title" text not null, "variant_title" text null, "sku" text null, "recurring_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recurring_order_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recurring_order_line_recurring_order_id" ON "recurring_order_line" ("recurring_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recurring_order_line_deleted_at" ON "recurring_order_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "recurring_order_run" ("id" text not null, "due_on" text not null, "status" text check ("status" in ('running', 'placed', 'awaiting_approval', 'failed', 'skipped')) not null default 'running', "cart_id" text null, "order_id" text null, "approval_flow_id" text null, "po_number" text null, "reason_code" text null, "reason" text null, "skipped_lines" jsonb null, "recurring_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recurring_order_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recurring_order_run_recurring_order_id" ON "recurring_order_run" ("recurring_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recurring_order_run_deleted_at" ON "recurring_order_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_recurring_order_run_recurring_order_id_due_on_unique" ON "recurring_order_run" ("recurring_order_id", "due_on") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recurring_order_run_status" ON "recurring_order_run" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "recurring_order_line" add constraint "recurring_order_line_recurring_order_id_foreign" foreign key ("recurring_order_id") references "recurring_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "recurring_order_run" add constraint "recurring_order_run_recurring_order_id_foreign" foreign key ("recurring_order_id") references "recurring_order" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "recurring_order_line" drop constraint if exists "recurring_order_line_recurring_order_id_foreign";`);

    this.addSql(`alter table if exists "recurring_order_run" drop constraint if exists "recurring_order_run_recurring_order_id_foreign";`);

    this.addSql(`drop table if exists "recurring_order" cascade;`);

    this.addSql(`drop table if exists "recurring_order_line" cascade;`);

    this.addSql(`drop table if exists "recurring_order_run" cascade;`);
  }

}
