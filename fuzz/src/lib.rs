//! Fuzz targets for wirelint: see `targets` and `scripts/fuzz.sh`.
pub mod targets;
