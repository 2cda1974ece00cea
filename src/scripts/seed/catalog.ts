/**
 * The demo catalog: a coffee and café supplier that sells consumer packs to shoppers and
 * cases/pallets to cafés. `channels` says which storefront sells the product.
 */
export type ChannelRole = "retail" | "wholesale"

export type CatalogVariant = {
  title: string
  sku: string
  option: string
  eur: number
  usd: number
}

export type CatalogProduct = {
  handle: string
  title: string
  description: string
  category: string
  channels: ChannelRole[]
  optionTitle: string
  variants: CatalogVariant[]
}

export const CATEGORIES = [
  { handle: "coffee", name: "Coffee" },
  { handle: "tea", name: "Tea" },
  { handle: "brewing-gear", name: "Brewing Gear" },
  { handle: "cups-tableware", name: "Cups & Tableware" },
  { handle: "cafe-supplies", name: "Café Supplies" },
] as const

const BOTH: ChannelRole[] = ["retail", "wholesale"]
const RETAIL: ChannelRole[] = ["retail"]
const WHOLESALE: ChannelRole[] = ["wholesale"]

/** A product sold in one pack only. */
function single(
  handle: string,
  title: string,
  category: string,
  channels: ChannelRole[],
  sku: string,
  eur: number,
  usd: number,
  description: string
): CatalogProduct {
  return {
    handle,
    title,
    description,
    category,
    channels,
    optionTitle: "Pack",
    variants: [{ title: "Standard", sku, option: "Standard", eur, usd }],
  }
}

/** A product sold in several sizes or colours, one variant each. */
function sized(
  handle: string,
  title: string,
  category: string,
  channels: ChannelRole[],
  optionTitle: string,
  variants: [option: string, sku: string, eur: number, usd: number][],
  description: string
): CatalogProduct {
  return {
    handle,
    title,
    description,
    category,
    channels,
    optionTitle,
    variants: variants.map(([option, sku, eur, usd]) => ({ title: option, sku, option, eur, usd })),
  }
}

export const PRODUCTS: CatalogProduct[] = [
  sized("house-espresso-beans", "House Espresso Beans", "coffee", BOTH, "Size",
    [["250 g", "COF-ESP-250", 8.5, 9.5], ["1 kg", "COF-ESP-1000", 28, 31]],
    "Our chocolate-and-hazelnut house blend, roasted for espresso."),
  sized("ethiopia-yirgacheffe", "Single Origin Ethiopia Yirgacheffe", "coffee", BOTH, "Size",
    [["250 g", "COF-ETH-250", 11, 12.5], ["1 kg", "COF-ETH-1000", 36, 40]],
    "Washed Yirgacheffe with jasmine and bergamot notes."),
  sized("decaf-colombia", "Decaf Colombia", "coffee", BOTH, "Size",
    [["250 g", "COF-DEC-250", 9, 10], ["1 kg", "COF-DEC-1000", 30, 33]],
    "Sugar-cane decaffeinated Colombian, full body without the buzz."),
  single("cold-brew-concentrate", "Cold Brew Concentrate 1 L", "coffee", BOTH, "COF-CB-1L", 12, 13.5,
    "Steeped for 18 hours; dilute one to three."),
  single("filter-coffee-3-pack", "Filter Coffee Ground, 3-Pack", "coffee", RETAIL, "COF-FIL-3PK", 19, 21,
    "Three 250 g bags of medium-ground filter coffee for the home."),
  single("espresso-capsules-30", "Espresso Capsules, 30 Pack", "coffee", RETAIL, "COF-CAP-30", 10.5, 11.5,
    "Compostable capsules, compatible with common home machines."),
  single("house-espresso-case", "House Espresso Beans, Case of 6 × 1 kg", "coffee", WHOLESALE, "COF-ESP-CASE6", 150, 165,
    "Six 1 kg bags of the house blend for cafés."),
  single("house-espresso-pallet", "House Espresso Beans, Pallet of 60 Cases", "coffee", WHOLESALE, "COF-ESP-PAL60", 8400, 9200,
    "A full pallet of house espresso for roastery partners."),
  sized("earl-grey-loose-leaf", "Earl Grey Loose Leaf", "tea", BOTH, "Size",
    [["100 g", "TEA-EG-100", 6.5, 7], ["500 g", "TEA-EG-500", 24, 26]],
    "Ceylon black tea with cold-pressed bergamot oil."),
  sized("green-sencha", "Green Sencha", "tea", BOTH, "Size",
    [["100 g", "TEA-SEN-100", 7.5, 8.5], ["500 g", "TEA-SEN-500", 29, 32]],
    "Steamed Japanese green tea, grassy and sweet."),
  single("chai-spice-blend", "Chai Spice Blend 250 g", "tea", BOTH, "TEA-CHAI-250", 9.5, 10.5,
    "Assam with cardamom, cinnamon, ginger and clove."),
  single("herbal-tea-sampler", "Herbal Tea Sampler Box", "tea", RETAIL, "TEA-HERB-BOX", 14, 15.5,
    "Twenty-four pyramid bags across six caffeine-free blends."),
  single("breakfast-tea-catering-1000", "Breakfast Tea Bags, Catering Box of 1,000", "tea", WHOLESALE, "TEA-BRK-1000", 48, 53,
    "Individually enveloped tea bags for hotels and offices."),
  single("earl-grey-case", "Earl Grey Loose Leaf, Case of 10 × 500 g", "tea", WHOLESALE, "TEA-EG-CASE10", 210, 230,
    "Ten 500 g tins for tea rooms."),
  sized("pour-over-dripper", "Ceramic Pour-Over Dripper", "brewing-gear", BOTH, "Colour",
    [["White", "GEAR-DRIP-WHT", 24, 26], ["Black", "GEAR-DRIP-BLK", 24, 26]],
    "Hand-glazed ceramic dripper for size 02 filters."),
  single("french-press-1l", "French Press 1 L", "brewing-gear", BOTH, "GEAR-FP-1L", 35, 38,
    "Borosilicate glass with a stainless steel frame."),
  single("gooseneck-kettle", "Gooseneck Kettle 0.9 L", "brewing-gear", BOTH, "GEAR-KETTLE", 49, 54,
    "Precise pouring for pour-over brewing."),
  single("conical-burr-grinder", "Conical Burr Grinder", "brewing-gear", RETAIL, "GEAR-GRIND-HOME", 129, 139,
    "Forty grind settings from espresso to cold brew."),
  single("home-espresso-starter-kit", "Home Espresso Starter Kit", "brewing-gear", RETAIL, "GEAR-ESP-KIT", 89, 97,
    "Tamper, milk jug, knock box and a bag of house espresso."),
  single("commercial-grinder-ek", "Commercial Grinder EK-Pro", "brewing-gear", WHOLESALE, "GEAR-GRIND-PRO", 2350, 2590,
    "98 mm flat burrs for high-volume cafés."),
  single("paper-filters-case-5000", "Paper Filters, Case of 5,000", "brewing-gear", WHOLESALE, "GEAR-FILT-5000", 95, 105,
    "Unbleached size 02 filters in bulk."),
  sized("ceramic-mug-350", "Ceramic Mug 350 ml", "cups-tableware", BOTH, "Colour",
    [["Sand", "CUP-MUG-SAND", 14, 15], ["Slate", "CUP-MUG-SLATE", 14, 15]],
    "Stoneware mug, dishwasher safe."),
  single("double-wall-glass-2", "Double-Wall Glass, Set of 2", "cups-tableware", RETAIL, "CUP-DWG-2", 22, 24,
    "Keeps drinks hot and hands cool."),
  single("gift-mug-set-4", "Gift Mug Set of 4", "cups-tableware", RETAIL, "CUP-GIFT-4", 49, 54,
    "Four mugs in our seasonal glazes, gift boxed."),
  single("takeaway-cups-12oz-case", "Takeaway Cups 12 oz, Case of 1,000", "cups-tableware", WHOLESALE, "CUP-TA12-1000", 110, 121,
    "Compostable double-wall takeaway cups."),
  single("cup-lids-case", "Cup Lids, Case of 1,000", "cups-tableware", WHOLESALE, "CUP-LID-1000", 45, 50,
    "Fits 8, 12 and 16 oz takeaway cups."),
  single("oat-barista-drink", "Oat Barista Drink 1 L", "cafe-supplies", BOTH, "SUP-OAT-1L", 2.9, 3.2,
    "Steams and pours like dairy."),
  single("vanilla-syrup-700", "Vanilla Syrup 700 ml", "cafe-supplies", BOTH, "SUP-SYR-VAN", 8.9, 9.8,
    "Madagascan vanilla, no artificial flavours."),
  single("machine-cleaning-tablets", "Espresso Machine Cleaning Tablets", "cafe-supplies", BOTH, "SUP-CLEAN-TAB", 12.5, 13.5,
    "One hundred tablets for group-head back-flushing."),
  single("barista-syrups-case-6", "Barista Syrups, Mixed Case of 6", "cafe-supplies", WHOLESALE, "SUP-SYR-CASE6", 48, 53,
    "Vanilla, caramel, hazelnut, two of each."),
  single("oat-barista-pallet", "Oat Barista Drink, Pallet of 720", "cafe-supplies", WHOLESALE, "SUP-OAT-PAL720", 1790, 1960,
    "Sixty cases of twelve for multi-site operators."),
  single("wooden-stirrers-case", "Wooden Stirrers, Case of 10,000", "cafe-supplies", WHOLESALE, "SUP-STIR-10K", 39, 43,
    "Birch stirrers, plastic-free."),
]
