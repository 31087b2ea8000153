package org.thongsuot.units.internal;

import java.util.List;
import java.util.Map;

/**
 * The parsed, checked reference data, ready to be stored.
 *
 * @param contexts by version id, the folded names of its parent and province (for "name, parent" search)
 * @param summary what the data holds, for the log and the dataset table
 */
record Dataset(List<UnitVersion> units, List<LineageEdge> edges, Map<Long, String> contexts, String summary) {
}
