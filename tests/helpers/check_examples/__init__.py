"""The checker rules' trigger and near-miss examples, one module per test module that runs them;
`tests/letters/test_checks.py` counts them per rule."""
