// The cross-engine suite in Firefox ESR (see suite.mjs).
import { engineSuite } from './suite.mjs';

engineSuite('firefox');
