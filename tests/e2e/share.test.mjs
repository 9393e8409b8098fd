// Share cards (issue 30) on the shipped build: the real unfurlers against
// dist/ served with the test server's address (tests/e2e/share-suite.mjs).
import { shareSuite } from './share-suite.mjs';

shareSuite();
