/**
 * Entity names: the alias table ({@code aliases.txt}), Latin-letter readings so that 챗GPT and
 * 챗지피티 share a key, jamo edit distance for misspellings, versions as separate entities (라마 2 is
 * not 라마 3.2; a family's version 1 is the family), and the roles particles give names.
 */
package dev.sasil.factcheck.entity;
