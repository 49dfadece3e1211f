/** The schema library lives in the core (one set of definitions for messages, import and settings). */
export { s, type Infer, type Issue, type ObjectOf, type Parsed, type Schema } from '../core/validate/schema';
