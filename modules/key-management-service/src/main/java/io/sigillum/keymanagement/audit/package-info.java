/** The audit trail: who did what with which key, and when; never the data signed. */
package io.sigillum.keymanagement.audit;
