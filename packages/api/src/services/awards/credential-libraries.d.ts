// The signing libraries ship without types; @bacc/credentials declares them, and a consumer's
// program must see those declarations to type-check the package's source it compiles.
/// <reference path="../../../../credentials/src/types/libraries.d.ts" />
