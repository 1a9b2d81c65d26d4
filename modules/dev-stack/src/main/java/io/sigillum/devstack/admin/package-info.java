/** Admin calls the launcher makes into the running stack (seeding, the demo's operator steps). */
package io.sigillum.devstack.admin;
