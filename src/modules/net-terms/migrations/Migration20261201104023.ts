import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { sellerOf } from "../../../lib/tax/seller"

/**
 * Invoices name their amounts after the Medusa totals they copy (net items subtotal, net shipping,
 * net discount), carry their tax per rate and zero-rating, and name the seller.
 *
 * Invoices issued before this carried no tax (no tax rates existed), so their shipping and
 * discount totals were already net, and Medusa's `subtotal` they stored was items plus shipping.
 * They get the seller configured now, one 0 % rate over their net amount, and lines with no tax.
 */
export class Migration20261201104023 extends Migration {
  override async up(): Promise<void> {
    const { legal_name, address_lines, vat_id } = sellerOf()
    const seller = JSON.stringify({ legal_name, address_lines, vat_id }).replace(/'/g, "''")
    const t = `"net_terms_invoice"`
    for (const [from, to] of [["subtotal", "item_subtotal"], ["shipping_total", "shipping_subtotal"], ["discount_total", "discount_subtotal"]]) {
      this.addSql(`alter table if exists ${t} rename column "${from}" to "${to}";`)
      this.addSql(`alter table if exists ${t} rename column "raw_${from}" to "raw_${to}";`)
    }
    this.addSql(`update ${t} set "item_subtotal" = "item_subtotal" - "shipping_subtotal";`)
    this.addSql(`update ${t} set "raw_item_subtotal" = jsonb_build_object('value', "item_subtotal"::text, 'precision', 20);`)
    this.addSql(
      `alter table if exists ${t} add column if not exists "tax_rates" jsonb not null default '[]', add column if not exists "tax_treatment" text check ("tax_treatment" in ('reverse_charge', 'exempt')) null, add column if not exists "seller" jsonb not null default '${seller}';`
    )
    this.addSql(
      `update ${t} set "tax_rates" = jsonb_build_array(jsonb_build_object('rate', 0, 'base', "item_subtotal" + "shipping_subtotal" - "discount_subtotal", 'tax', 0)), ` +
        `"lines" = (select coalesce(jsonb_agg(l || jsonb_build_object('subtotal', coalesce(l->'subtotal', l->'total'), 'tax_rate', 0, 'tax_total', 0) order by n), '[]') from jsonb_array_elements("lines") with ordinality as e(l, n));`
    )
    this.addSql(`alter table if exists ${t} alter column "tax_rates" drop default, alter column "seller" drop default;`)
  }

  override async down(): Promise<void> {
    const t = `"net_terms_invoice"`
    this.addSql(`alter table if exists ${t} drop column if exists "tax_rates", drop column if exists "tax_treatment", drop column if exists "seller";`)
    this.addSql(`update ${t} set "item_subtotal" = "item_subtotal" + "shipping_subtotal";`)
    this.addSql(`update ${t} set "raw_item_subtotal" = jsonb_build_object('value', "item_subtotal"::text, 'precision', 20);`)
    for (const [from, to] of [["subtotal", "item_subtotal"], ["shipping_total", "shipping_subtotal"], ["discount_total", "discount_subtotal"]]) {
      this.addSql(`alter table if exists ${t} rename column "${to}" to "${from}";`)
      this.addSql(`alter table if exists ${t} rename column "raw_${to}" to "raw_${from}";`)
    }
  }
}
