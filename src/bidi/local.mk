# src/bidi
