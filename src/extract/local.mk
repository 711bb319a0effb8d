# src/extract
