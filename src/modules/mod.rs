//! Native modules importable with `import` (`sys`, `math`, `time`, ...).
