/**
 * Goods nouns of trade reporting: what tariffs fall on ("steel", "autos", "soybeans") and the
 * general nouns for traded goods and their makers ("imports", "products", "exporters").
 */
import { wordList } from './wordList';

/** General nouns for traded goods and for those who make or ship them. */
export const TRADE_GOODS_NOUNS = wordList(
  'goods|import|imports|export|exports|product|products|producer|producers|maker|makers|manufacturer|manufacturers|firm|firms|companies|' +
    'exporter|exporters|shipment|shipments|content|brand|brands|merchandise|items|commodities|shipper|shippers|supplier|suppliers|' +
    'steelmaker|steelmakers|automaker|automakers|carmaker|carmakers|mill|mills|plant|plants|factory|factories',
);

/** Goods tariffs fall on. */
export const GOODS_NOUNS = wordList(
  'steel|aluminum|aluminium|auto|autos|car|cars|vehicle|vehicles|automobile|automobiles|truck|trucks|lumber|softwood|wine|wines|solar|cheese|' +
    'champagne|soybean|soybeans|farm|agricultural|chip|chips|semiconductor|semiconductors|textile|textiles|apparel|watch|watches|panel|panels|' +
    'parts|tire|tires|tyre|tyres|electronics|beef|pork|dairy|whisky|whiskey|bourbon|motorcycle|motorcycles|luxury|rice|seafood|fish|timber|' +
    'machinery|appliances|batteries|ev|evs|electric|copper|lumber|pharmaceuticals|drugs|medicines|furniture|cement|apples|walnuts|almonds|' +
    'chickpeas|lentils|wheat|corn|grain|sugar|coffee|cocoa|potash|fertilizer|plastics|chemicals|paper|footwear|shoes|garments|clothing|' +
    'toys|phones|smartphones|laptops|computers|aircraft|airplanes|planes|ore|coal|oil|gas|lng|crude|pipes|wire|nails|bolts|fasteners',
);

/** Goods and trade nouns together: the words that make a phrase a tariff's goods. */
export const ALL_GOODS = wordList(TRADE_GOODS_NOUNS, GOODS_NOUNS);
