// Tarjuman: Arabic and English normalization, tokenization, names and
// alignment, on top of TarjumanICU (re-exported: `import Tarjuman` is enough).
@_exported public import TarjumanICU
