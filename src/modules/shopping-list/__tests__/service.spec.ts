import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SHOPPING_LIST_MODULE } from ".."
import { ShoppingList } from "../models/shopping-list"
import { ShoppingListItem } from "../models/shopping-list-item"
import ShoppingListModuleService from "../service"

jest.setTimeout(60_000)

const saved = (variant_id: string, quantity: number) => ({ variant_id, quantity, product_title: `Product ${variant_id}`, variant_title: null, sku: variant_id.toUpperCase() })

moduleIntegrationTestRunner<ShoppingListModuleService>({
  moduleName: SHOPPING_LIST_MODULE,
  moduleModels: [ShoppingList, ShoppingListItem],
  resolve: "./src/modules/shopping-list",
  testSuite: ({ service }) => {
    it("creates a list with its items and applies edits in list order", async () => {
      const list = await service.createListWithItems({ name: "Restock", customer_id: "cus_1", business_unit_id: "bu_1" }, [saved("v1", 2), saved("v2", 1)])
      await service.editShoppingList(list.id, { type: "add", items: [saved("v1", 3), saved("v3", 1)] })
      const after = await service.retrieveShoppingListOrFail(list.id)
      const rows = [...after.items].sort((a, b) => a.position - b.position).map((i) => [i.variant_id, i.quantity, i.position])
      expect(rows).toEqual([["v1", 5, 0], ["v2", 1, 1], ["v3", 1, 2]])

      const v2 = after.items.find((i) => i.variant_id === "v2")!
      await service.editShoppingList(list.id, { type: "remove_items", item_ids: [v2.id] })
      // A removed variant can be listed again.
      await service.editShoppingList(list.id, { type: "add", items: [saved("v2", 4)] })
      const again = await service.retrieveShoppingListOrFail(list.id)
      expect(again.items.map((i) => [i.variant_id, i.quantity]).sort()).toEqual([["v1", 5], ["v2", 4], ["v3", 1]])
    })

    it("refuses an edit naming an item of another list, and changes nothing", async () => {
      const a = await service.createListWithItems({ name: "A", customer_id: "cus_1", business_unit_id: "bu_1" }, [saved("v1", 1)])
      const b = await service.createListWithItems({ name: "B", customer_id: "cus_1", business_unit_id: "bu_1" }, [saved("v1", 1)])
      const [bItem] = (await service.retrieveShoppingListOrFail(b.id)).items
      await expect(service.editShoppingList(a.id, { type: "update_item", item_id: bItem.id, quantity: 9 })).rejects.toThrow(/not on this list/)
      expect((await service.retrieveShoppingListOrFail(b.id)).items[0].quantity).toBe(1)
    })

    it("keeps one wish list per customer, and any number of unit lists", async () => {
      await service.createShoppingLists({ name: "Wish list", customer_id: "cus_9", business_unit_id: null })
      await expect(service.createShoppingLists({ name: "Wish list", customer_id: "cus_9", business_unit_id: null })).rejects.toThrow(/already exists/)
      await service.createShoppingLists([{ name: "One", customer_id: "cus_9", business_unit_id: "bu_1" }, { name: "Two", customer_id: "cus_9", business_unit_id: "bu_1" }])
      expect((await service.wishListOf("cus_9"))?.name).toBe("Wish list")
      expect(await service.wishListOf("cus_other")).toBeNull()
    })
  },
})
