import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130201520 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "shopping_list_item" drop constraint if exists "shopping_list_item_shopping_list_id_variant_id_unique";`);
    this.addSql(`alter table if exists "shopping_list" drop constraint if exists "shopping_list_customer_id_unique";`);
    this.addSql(`create table if not exists "shopping_list" ("id" text not null, "name" text not null, "description" text null, "customer_id" text not null, "business_unit_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shopping_list_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shopping_list_deleted_at" ON "shopping_list" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shopping_list_business_unit_id" ON "shopping_list" ("business_unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shopping_list_customer_id_unique" ON "shopping_list" ("customer_id") WHERE business_unit_id IS NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "shopping_list_item" ("id" text not null, "variant_id" text not null, "quantity" integer not null, "note" text null, "position" integer not null default 0, "product_title" text not null, "variant_title" text null, "sku" text null, "shopping_list_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shopping_list_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shopping_list_item_shopping_list_id" ON "shopping_list_item" ("shopping_list_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shopping_list_item_deleted_at" ON "shopping_list_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shopping_list_item_shopping_list_id_variant_id_unique" ON "shopping_list_item" ("shopping_list_id", "variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "shopping_list_item" add constraint "shopping_list_item_shopping_list_id_foreign" foreign key ("shopping_list_id") references "shopping_list" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "shopping_list_item" drop constraint if exists "shopping_list_item_shopping_list_id_foreign";`);

    this.addSql(`drop table if exists "shopping_list" cascade;`);

    this.addSql(`drop table if exists "shopping_list_item" cascade;`);
  }

}
