/** Status lists (draft-ietf-oauth-status-list §4): their size, entry width and published version. */
package io.sigillum.status.list;
