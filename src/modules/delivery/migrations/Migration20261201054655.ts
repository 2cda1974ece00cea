import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201054655 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "receiving_profile" drop constraint if exists "receiving_profile_address_id_unique";`);
    this.addSql(`alter table if exists "delivery_plan" drop constraint if exists "delivery_plan_cart_id_unique";`);
    this.addSql(`alter table if exists "delivery_calendar" drop constraint if exists "delivery_calendar_shipping_option_id_unique";`);
    this.addSql(`create table if not exists "delivery_calendar" ("id" text not null, "name" text not null, "shipping_option_id" text null, "delivery_weekdays" jsonb not null, "cutoff_time" text not null, "lead_days" integer not null, "closed_dates" jsonb not null default '[]', "time_zone" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_calendar_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_calendar_shipping_option_id_unique" ON "delivery_calendar" ("shipping_option_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_calendar_deleted_at" ON "delivery_calendar" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "delivery_plan" ("id" text not null, "cart_id" text not null, "business_unit_id" text not null, "status" text check ("status" in ('open', 'placed')) not null default 'open', "po_number" text null, "placed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_plan_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_plan_cart_id_unique" ON "delivery_plan" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_plan_business_unit_id" ON "delivery_plan" ("business_unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_plan_deleted_at" ON "delivery_plan" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "delivery" ("id" text not null, "position" integer not null, "business_unit_id" text not null, "customer_id" text not null, "address_id" text not null, "address" jsonb not null, "requested_date" text not null, "window_from" text null, "window_to" text null, "lines" jsonb not null, "cart_id" text null, "order_id" text null, "plan_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_business_unit_id" ON "delivery" ("business_unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_customer_id" ON "delivery" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_requested_date" ON "delivery" ("requested_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_cart_id" ON "delivery" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_order_id" ON "delivery" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_plan_id" ON "delivery" ("plan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_deleted_at" ON "delivery" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "receiving_profile" ("id" text not null, "address_id" text not null, "business_unit_id" text not null, "windows" jsonb not null default '[]', "dock_instructions" text null, "accepts_pallets" boolean not null default true, "site_contact_name" text null, "site_contact_phone" text null, "notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "receiving_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_receiving_profile_address_id_unique" ON "receiving_profile" ("address_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_receiving_profile_business_unit_id" ON "receiving_profile" ("business_unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_receiving_profile_deleted_at" ON "receiving_profile" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "delivery" add constraint "delivery_plan_id_foreign" foreign key ("plan_id") references "delivery_plan" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "delivery" drop constraint if exists "delivery_plan_id_foreign";`);

    this.addSql(`drop table if exists "delivery_calendar" cascade;`);

    this.addSql(`drop table if exists "delivery_plan" cascade;`);

    this.addSql(`drop table if exists "delivery" cascade;`);

    this.addSql(`drop table if exists "receiving_profile" cascade;`);
  }

}
