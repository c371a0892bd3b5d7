/**
 * Goods nouns of trade reporting: what tariffs fall on ("steel", "autos", "soybeans") and the
 * general nouns for traded goods and their makers ("imports", "products", "exporters").
 */
import { wordList } from './wordList';

/** General nouns for traded goods and for those who make or ship them. */
export const TRADE_GOODS_NOUNS = wordList(
  'goods|import|imports|export|exports|product|products|producer|producers|maker|makers|manufacturer|manufacturers|firm|firms|companies|' +
    'exporter|exporters|shipment|shipments|content|brand|brands|merchandise|items|commodities|shipper|shippers|supplier|suppliers|' +
    'steelmaker|steelmakers|automaker|automakers|carmaker|carmakers|mill|mills|plant|plants|factory|factories|cargo|cargoes|consignment|consignments',
);

/** Goods tariffs fall on. */
export const GOODS_NOUNS = wordList(
  'steel|aluminum|aluminium|auto|autos|car|cars|vehicle|vehicles|automobile|automobiles|truck|trucks|lumber|softwood|wine|wines|solar|cheese|' +
    'champagne|soybean|soybeans|farm|agricultural|chip|chips|semiconductor|semiconductors|textile|textiles|apparel|watch|watches|panel|panels|' +
    'parts|tire|tires|tyre|tyres|electronics|beef|pork|dairy|whisky|whiskey|bourbon|motorcycle|motorcycles|luxury|rice|seafood|fish|timber|' +
    'machinery|appliances|batteries|ev|evs|electric|copper|lumber|pharmaceuticals|drugs|medicines|furniture|cement|apples|walnuts|almonds|' +
    'chickpeas|lentils|wheat|corn|grain|sugar|coffee|cocoa|potash|fertilizer|plastics|chemicals|paper|footwear|shoes|garments|clothing|' +
    'toys|phones|smartphones|laptops|computers|aircraft|airplanes|planes|ore|coal|oil|gas|lng|crude|pipes|wire|nails|bolts|fasteners|' +
    'pumps|valves|engines|turbines|tiles|glass|ceramics|plywood|wood|yarn|fabric|fabrics|cotton|rubber|modules|bicycles|bikes|e-bikes|' +
    'wheels|tubes|sheets|coils|foil|extrusions|fittings|flooring|cars|pasta|olive|tomatoes|bananas|avocados|salmon|shrimp|poultry|chicken|' +
    'lamb|milk|butter|barley|canola|peas|oats|vegetables|fruit|fruits|nuts|tea|spices|tobacco|cigarettes|spirits|beer|leather|handbags|' +
    'cosmetics|perfume|jewelry|gold|silver|nickel|zinc|lithium|cobalt|minerals|polysilicon|wafers|cables|transformers|drones|ships|vessels|' +
    'oils|oilseeds|grains|metals|beans|cream|cheeses|honey|lobster|lobsters|pulp|magnets|cherries|onions|grapes|meat|mutton|crawfish|tuna|' +
    'mussels|oranges|lemons|peanuts|pecans|cashews|sesame|soy|sardines|squid',
);

/** Goods and trade nouns together: the words that make a phrase a tariff's goods. */
export const ALL_GOODS = wordList(TRADE_GOODS_NOUNS, GOODS_NOUNS);

/** Words that point back to goods named before: "the duty on those goods", "such imports", "levies on the products". */
export const GOODS_POINTERS = wordList('the|those|these|such|the same|said');

/** Nouns for those who make or ship goods: a duty "for companies that did not co-operate" is on their goods. */
export const PRODUCER_NOUNS = wordList('company|companies|producer|producers|exporter|exporters|manufacturer|manufacturers|firm|firms|maker|makers|supplier|suppliers|mills');

/**
 * Count nouns that name goods in the singular only as a modifier ("the car tariff", "a 25% cabinet
 * duty"): what the tariff hits is their plural ("cars"). Mass nouns (steel, rice, wine) stay as they are.
 */
export const COUNT_GOODS = wordList(
  'car|vehicle|truck|automobile|motorcycle|chip|semiconductor|panel|tire|tyre|watch|phone|smartphone|laptop|computer|bicycle|bike|e-bike|' +
    'cabinet|engine|module|wheel|tube|ship|vessel|drone|toy|shoe|appliance|battery|turbine|pump|valve|sedan|tractor|bus|van|pickup',
);
