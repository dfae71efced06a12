/**
 * Formatters: reports as text for people and as data for machines.
 */
export { formatStylish, type StylishOptions } from './stylish.js'
