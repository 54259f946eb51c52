import pytest

from parkmetrics.runner import ParameterError, to_ipynb, validate_parameters


@pytest.fixture()
def notebook(root, tmp_path):
    return to_ipynb(root / "notebooks" / "report.py", tmp_path / "report.ipynb")


def test_unknown_parameter_lists_the_valid_ones(notebook):
    with pytest.raises(ParameterError) as error:
        validate_parameters(notebook, {"langauge": "zh"})
    message = str(error.value)
    assert "unknown parameter langauge" in message and "lang (str)" in message and "zones (list)" in message
    assert "\n" not in message


def test_wrong_type_is_refused(notebook):
    with pytest.raises(ParameterError, match="parameter zones must be list"):
        validate_parameters(notebook, {"zones": 3})


def test_kernel_is_set_for_papermill(notebook):
    import nbformat

    assert nbformat.read(notebook, as_version=4).metadata["kernelspec"]["language"] == "python"
