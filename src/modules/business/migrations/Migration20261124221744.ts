import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124221744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "business_associate" drop constraint if exists "business_associate_customer_id_business_unit_id_unique";`);
    this.addSql(`alter table if exists "business_invite" drop constraint if exists "business_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "business_role" drop constraint if exists "business_role_handle_unique";`);
    this.addSql(`create table if not exists "business_role" ("id" text not null, "handle" text not null, "name" text not null, "description" text null, "permissions" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "business_role_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_role_deleted_at" ON "business_role" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_business_role_handle_unique" ON "business_role" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "business_unit" ("id" text not null, "name" text not null, "status" text check ("status" in ('active', 'inactive')) not null default 'active', "parent_id" text null, "company_id" text null, "email" text null, "phone" text null, "tax_id" text null, "currency_code" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "business_unit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_unit_deleted_at" ON "business_unit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_unit_parent_id" ON "business_unit" ("parent_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_unit_company_id" ON "business_unit" ("company_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "business_invite" ("id" text not null, "email" text not null, "roles" jsonb not null, "token_hash" text not null, "status" text check ("status" in ('pending', 'accepted', 'revoked')) not null default 'pending', "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by" text null, "business_unit_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "business_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_invite_business_unit_id" ON "business_invite" ("business_unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_invite_deleted_at" ON "business_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_business_invite_token_hash_unique" ON "business_invite" ("token_hash") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "business_associate" ("id" text not null, "customer_id" text not null, "email" text not null, "roles" jsonb not null, "business_unit_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "business_associate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_associate_business_unit_id" ON "business_associate" ("business_unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_associate_deleted_at" ON "business_associate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_associate_customer_id" ON "business_associate" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_business_associate_customer_id_business_unit_id_unique" ON "business_associate" ("customer_id", "business_unit_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "business_unit_address" ("id" text not null, "label" text null, "company" text null, "first_name" text null, "last_name" text null, "address_1" text not null, "address_2" text null, "city" text not null, "province" text null, "postal_code" text not null, "country_code" text not null, "phone" text null, "is_default_shipping" boolean not null default false, "is_default_billing" boolean not null default false, "business_unit_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "business_unit_address_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_unit_address_business_unit_id" ON "business_unit_address" ("business_unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_unit_address_deleted_at" ON "business_unit_address" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "business_invite" add constraint "business_invite_business_unit_id_foreign" foreign key ("business_unit_id") references "business_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "business_associate" add constraint "business_associate_business_unit_id_foreign" foreign key ("business_unit_id") references "business_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "business_unit_address" add constraint "business_unit_address_business_unit_id_foreign" foreign key ("business_unit_id") references "business_unit" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "business_invite" drop constraint if exists "business_invite_business_unit_id_foreign";`);

    this.addSql(`alter table if exists "business_associate" drop constraint if exists "business_associate_business_unit_id_foreign";`);

    this.addSql(`alter table if exists "business_unit_address" drop constraint if exists "business_unit_address_business_unit_id_foreign";`);

    this.addSql(`drop table if exists "business_role" cascade;`);

    this.addSql(`drop table if exists "business_unit" cascade;`);

    this.addSql(`drop table if exists "business_invite" cascade;`);

    this.addSql(`drop table if exists "business_associate" cascade;`);

    this.addSql(`drop table if exists "business_unit_address" cascade;`);
  }

}
