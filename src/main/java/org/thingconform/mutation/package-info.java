/**
 * The mutation matrix: runs every clause against the embedded reference platform once
 * fault-free and once per deliberate fault, and tells whether each fault turned the clauses
 * it declares to FAIL. It proves the suite's tests can fail, clause by clause. It reaches the
 * platform only through the {@link org.thingconform.platform.EmbeddedPlatform} SPI, never the
 * {@code reference} package.
 */
package org.thingconform.mutation;
