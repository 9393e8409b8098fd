// The cross-engine suite in WebKitGTK (MiniBrowser) (see suite.mjs).
import { engineSuite } from './suite.mjs';

engineSuite('webkit');
