/**
 * The file contract ({@code CONTRACT.md}): readers and writers of every contract file with one
 * set of rules, shared by the command-line tool, the Spark example and any host that exchanges
 * these files. Sits above the domain modules; does file I/O, the domain modules do none.
 */
package io.credere.io;
