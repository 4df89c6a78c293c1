/**
 * Reading, checking and writing the knowledge-base exchange format {@code kb-exchange/1}: one UTF-8
 * JSON file per knowledge base, used for import, export, baseline content shared between offices
 * and evaluation fixtures.
 *
 * <p>Plain Java and Jackson, no Spring: the import and export endpoints and the evaluation command
 * use the same code. {@link de.lotse.knowledge.exchange.ExchangeFormatReader} documents the
 * decisions taken where the format leaves room.
 */
package de.lotse.knowledge.exchange;
