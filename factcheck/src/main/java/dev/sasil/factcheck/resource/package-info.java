/** Reading the bundled, commented language resources of the fact-check module. */
package dev.sasil.factcheck.resource;
