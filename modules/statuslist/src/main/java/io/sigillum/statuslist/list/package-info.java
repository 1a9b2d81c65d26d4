/**
 * The Status List itself (draft §4): {@link io.sigillum.statuslist.list.StatusList} packs entries of
 * 1, 2, 4 or 8 bits, least significant bits first, compresses them with ZLIB and reads them back
 * under a size cap; {@link io.sigillum.statuslist.list.Status} is one entry's value (§7);
 * {@link io.sigillum.statuslist.list.StatusListJson} and {@link io.sigillum.statuslist.list.StatusListCbor}
 * write and read the {@code StatusList} structure of §4.2 and §4.3.
 */
package io.sigillum.statuslist.list;
