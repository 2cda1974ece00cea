import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124233709 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "approval_budget" drop constraint if exists "approval_budget_associate_id_business_unit_id_unique";`);
    this.addSql(`create table if not exists "approval_budget" ("id" text not null, "business_unit_id" text not null, "associate_id" text not null, "amount" numeric not null, "currency_code" text not null, "period" text check ("period" in ('day', 'week', 'month', 'quarter', 'year', 'none')) not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_budget_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_budget_deleted_at" ON "approval_budget" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_approval_budget_associate_id_business_unit_id_unique" ON "approval_budget" ("associate_id", "business_unit_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "approval_flow" ("id" text not null, "cart_id" text not null, "business_unit_id" text not null, "requester_associate_id" text not null, "requester_customer_id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'void')) not null default 'pending', "reasons" jsonb not null, "tiers" jsonb not null, "current_tier" integer not null default 0, "allow_self_approval" boolean not null default false, "snapshot" jsonb not null, "cart_total" numeric not null, "currency_code" text not null, "raw_cart_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_flow_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_flow_deleted_at" ON "approval_flow" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_flow_cart_id_status" ON "approval_flow" ("cart_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_flow_business_unit_id_status" ON "approval_flow" ("business_unit_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "approval_decision" ("id" text not null, "tier" integer not null, "approver_customer_id" text not null, "approver_associate_id" text not null, "approver_roles" jsonb not null, "decision" text check ("decision" in ('approve', 'reject')) not null, "comment" text null, "flow_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_decision_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_decision_flow_id" ON "approval_decision" ("flow_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_decision_deleted_at" ON "approval_decision" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "approval_rule" ("id" text not null, "business_unit_id" text not null, "name" text not null, "active" boolean not null default true, "predicate" jsonb not null, "tiers" jsonb not null, "allow_self_approval" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_rule_deleted_at" ON "approval_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_rule_business_unit_id" ON "approval_rule" ("business_unit_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "approval_decision" add constraint "approval_decision_flow_id_foreign" foreign key ("flow_id") references "approval_flow" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "approval_decision" drop constraint if exists "approval_decision_flow_id_foreign";`);

    this.addSql(`drop table if exists "approval_budget" cascade;`);

    this.addSql(`drop table if exists "approval_flow" cascade;`);

    this.addSql(`drop table if exists "approval_decision" cascade;`);

    this.addSql(`drop table if exists "approval_rule" cascade;`);
  }

}
