// Both languages on the server; one, loaded on demand, in the browser (package.json "imports": #catalogue-text).
export { catalogueText, catalogueTextLoaded, loadCatalogueText } from "#catalogue-text";
