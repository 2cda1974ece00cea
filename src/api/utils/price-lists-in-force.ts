import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A fingerprint of the price lists in force at this moment: which lists are active and inside
 * their dates, of which type, with which rules. It joins the views' price context because
 * Medusa 2.21's pricing module emits no event when a price list is updated (status, dates,
 * type or rules through updatePriceListsWorkflow), so the Caching Module is never told, and a
 * list that starts or ends at a set time changes prices with no write at all. One aggregate
 * read of two small tables; a change gives new keys, and the old entries age out.
 */
export async function priceListsInForce(scope: MedusaContainer): Promise<string> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(`
    select
      (select md5(coalesce(string_agg(l.id || '/' || l.type || '/' || coalesce(r.rules, ''), ',' order by l.id), ''))
         from price_list l
         left join lateral (
           select string_agg(attribute || '=' || coalesce(value::text, ''), ';' order by attribute, id) as rules
             from price_list_rule where price_list_id = l.id and deleted_at is null
         ) r on true
        where l.deleted_at is null and l.status = 'active'
          and (l.starts_at is null or l.starts_at <= now())
          and (l.ends_at is null or l.ends_at > now())) as fingerprint`)
  return rows[0].fingerprint as string
}
