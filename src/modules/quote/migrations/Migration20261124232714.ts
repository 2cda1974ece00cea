import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124232714 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "quote" ("id" text not null, "status" text check ("status" in ('requested', 'drafting', 'sent', 'accepted', 'declined', 'renegotiating', 'withdrawn', 'expired')) not null default 'requested', "business_unit_id" text not null, "associate_id" text not null, "customer_id" text not null, "email" text not null, "cart_id" text not null, "region_id" text not null, "sales_channel_id" text not null, "currency_code" text not null, "po_number" text null, "buyer_comment" text null, "merchant_comment" text null, "shipping_total" numeric not null default 0, "discount_percent" integer not null default 0, "valid_until" timestamptz null, "shipping_address" jsonb null, "order_id" text null, "raw_shipping_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_deleted_at" ON "quote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_business_unit_id_status" ON "quote" ("business_unit_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_status_valid_until" ON "quote" ("status", "valid_until") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quote_line" ("id" text not null, "variant_id" text not null, "product_title" text not null, "variant_title" text null, "sku" text null, "quantity" integer not null, "requested_unit_price" numeric not null, "offered_unit_price" numeric null, "quote_id" text not null, "raw_requested_unit_price" jsonb not null, "raw_offered_unit_price" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_line_quote_id" ON "quote_line" ("quote_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_line_deleted_at" ON "quote_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quote_message" ("id" text not null, "author_type" text check ("author_type" in ('buyer', 'merchant')) not null, "author_id" text not null, "body" text not null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_message_quote_id" ON "quote_message" ("quote_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_message_deleted_at" ON "quote_message" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "quote_line" add constraint "quote_line_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "quote_message" add constraint "quote_message_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "quote_line" drop constraint if exists "quote_line_quote_id_foreign";`);

    this.addSql(`alter table if exists "quote_message" drop constraint if exists "quote_message_quote_id_foreign";`);

    this.addSql(`drop table if exists "quote" cascade;`);

    this.addSql(`drop table if exists "quote_line" cascade;`);

    this.addSql(`drop table if exists "quote_message" cascade;`);
  }

}
