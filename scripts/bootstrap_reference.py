#!/usr/bin/env python3
"""Independent reference for tracegate's paired-bootstrap interval (run once; numbers recorded in
Tests/TraceEvalTests/CompareStatisticsTests.swift).

Percentile bootstrap of the mean of paired differences with numpy's own generator (not tracegate's
SplitMix64), 400,000 resamples, so its Monte Carlo error is far below the test's tolerance.
"""
import numpy as np

differences = np.array([0.0, -1.0, -1.0, 0.0, -1.0, 0.0, 0.0, -1.0, 0.0, -0.5])
rng = np.random.default_rng(12345)
means = differences[rng.integers(0, len(differences), size=(400_000, len(differences)))].mean(axis=1)
lower, upper = np.percentile(means, [2.5, 97.5])
print(f"mean={differences.mean():.4f} lower={lower:.4f} upper={upper:.4f} p_drop={(means >= 0).mean():.6f}")
