import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129082034 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "net_terms_settings" drop constraint if exists "net_terms_settings_business_unit_id_unique";`);
    this.addSql(`alter table if exists "net_terms_invoice" drop constraint if exists "net_terms_invoice_year_sequence_unique";`);
    this.addSql(`alter table if exists "net_terms_invoice" drop constraint if exists "net_terms_invoice_order_id_unique";`);
    this.addSql(`alter table if exists "net_terms_invoice" drop constraint if exists "net_terms_invoice_number_unique";`);
    this.addSql(`alter table if exists "net_terms_credit_hold" drop constraint if exists "net_terms_credit_hold_cart_id_unique";`);
    this.addSql(`create table if not exists "net_terms_credit_hold" ("id" text not null, "cart_id" text not null, "business_unit_id" text not null, "credit_holder_id" text not null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('held', 'invoiced', 'released')) not null default 'held', "order_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "net_terms_credit_hold_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_net_terms_credit_hold_cart_id_unique" ON "net_terms_credit_hold" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_net_terms_credit_hold_deleted_at" ON "net_terms_credit_hold" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_net_terms_credit_hold_credit_holder_id_status" ON "net_terms_credit_hold" ("credit_holder_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "net_terms_invoice" ("id" text not null, "number" text not null, "year" integer not null, "sequence" integer not null, "status" text check ("status" in ('open', 'partially_paid', 'paid', 'overdue', 'void')) not null default 'open', "order_id" text not null, "order_display_id" integer null, "payment_id" text null, "business_unit_id" text not null, "credit_holder_id" text not null, "associate_id" text null, "customer_id" text null, "email" text null, "po_number" text null, "terms" text check ("terms" in ('net_7', 'net_15', 'net_30', 'net_45', 'net_60', 'net_90', 'due_on_fulfillment')) not null, "currency_code" text not null, "issued_at" timestamptz not null, "due_date" timestamptz null, "lines" jsonb not null, "subtotal" numeric not null, "shipping_total" numeric not null, "discount_total" numeric not null, "tax_total" numeric not null, "total" numeric not null, "paid_amount" numeric not null default 0, "buyer" jsonb not null, "billing_address" jsonb null, "shipping_address" jsonb null, "void_reason" text null, "voided_at" timestamptz null, "raw_subtotal" jsonb not null, "raw_shipping_total" jsonb not null, "raw_discount_total" jsonb not null, "raw_tax_total" jsonb not null, "raw_total" jsonb not null, "raw_paid_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "net_terms_invoice_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_net_terms_invoice_number_unique" ON "net_terms_invoice" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_net_terms_invoice_order_id_unique" ON "net_terms_invoice" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_net_terms_invoice_deleted_at" ON "net_terms_invoice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_net_terms_invoice_year_sequence_unique" ON "net_terms_invoice" ("year", "sequence") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_net_terms_invoice_business_unit_id_status" ON "net_terms_invoice" ("business_unit_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_net_terms_invoice_credit_holder_id_status" ON "net_terms_invoice" ("credit_holder_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_net_terms_invoice_status_due_date" ON "net_terms_invoice" ("status", "due_date") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "net_terms_invoice_payment" ("id" text not null, "amount" numeric not null, "paid_at" timestamptz not null, "reference" text null, "recorded_by" text null, "invoice_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "net_terms_invoice_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_net_terms_invoice_payment_invoice_id" ON "net_terms_invoice_payment" ("invoice_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_net_terms_invoice_payment_deleted_at" ON "net_terms_invoice_payment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "net_terms_settings" ("id" text not null, "business_unit_id" text not null, "terms" text check ("terms" in ('net_7', 'net_15', 'net_30', 'net_45', 'net_60', 'net_90', 'due_on_fulfillment')) null, "credit_limit" numeric null, "currency_code" text null, "raw_credit_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "net_terms_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_net_terms_settings_business_unit_id_unique" ON "net_terms_settings" ("business_unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_net_terms_settings_deleted_at" ON "net_terms_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "net_terms_invoice_payment" add constraint "net_terms_invoice_payment_invoice_id_foreign" foreign key ("invoice_id") references "net_terms_invoice" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "net_terms_invoice_payment" drop constraint if exists "net_terms_invoice_payment_invoice_id_foreign";`);

    this.addSql(`drop table if exists "net_terms_credit_hold" cascade;`);

    this.addSql(`drop table if exists "net_terms_invoice" cascade;`);

    this.addSql(`drop table if exists "net_terms_invoice_payment" cascade;`);

    this.addSql(`drop table if exists "net_terms_settings" cascade;`);
  }

}
