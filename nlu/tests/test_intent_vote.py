"""DIET and a logistic regression vote on the ordinary intents; DIET alone decides a P1
(rasa_server/intent_vote.py)."""
import logging
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse
import yaml
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_server.intent_vote import IntentVoteClassifier, vote

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Three made-up features stand in for the featurizers: one per intent of the tiny training set.
FEATURE_OF = {"thank": 0, "goodbye": 1, "crisis": 2}


def _features(intent: str) -> np.ndarray:
    row = np.zeros((1, len(FEATURE_OF)))
    row[0, FEATURE_OF[intent]] = 1.0
    return row


def _message(text: str, features: np.ndarray, **data) -> Message:
    message = Message({TEXT: text, **data})
    message.add_features(Features(scipy.sparse.coo_matrix(features), "sentence", TEXT, "test"))
    return message


@pytest.fixture
def classifier(tmp_path):
    component = IntentVoteClassifier.create(
        IntentVoteClassifier.get_default_config(), LocalModelStorage(tmp_path), Resource("vote"),
        ExecutionContext(graph_schema=None, node_name="vote"))
    examples = [_message(f"{intent} {n}", _features(intent), intent=intent)
                for intent in FEATURE_OF for n in range(5)]
    component.train(TrainingData(examples))
    return component


def _diet(*ranking):
    return {INTENT: {"name": ranking[0][0], "confidence": ranking[0][1]},
            INTENT_RANKING_KEY: [{"name": n, "confidence": c} for n, c in ranking]}


def test_the_vote_averages_and_counts_an_intent_diet_left_out_as_zero():
    averaged = vote([{"name": "thank", "confidence": 0.6}, {"name": "goodbye", "confidence": 0.4}],
                    {"thank": 0.2, "goodbye": 0.2, "crisis": 0.6}, diet_weight=0.5)
    assert [(r["name"], round(r["confidence"], 2)) for r in averaged] == [
        ("thank", 0.4), ("goodbye", 0.3), ("crisis", 0.3)]


def test_a_clear_vote_changes_the_ordinary_intent(classifier):
    # DIET leans to goodbye; the regression is sure of thank: the average says thank.
    message = _message("tusen takk", _features("thank"), **_diet(("goodbye", 0.52), ("thank", 0.48)))
    classifier.process([message])
    assert message.get(INTENT)["name"] == "thank"
    assert message.get(INTENT_RANKING_KEY)[0]["name"] == "thank"


def test_diet_alone_decides_a_p1(classifier):
    # DIET says crisis; the regression is sure of thank: DIET's ranking stands.
    diet = _diet(("crisis", 0.6), ("thank", 0.4))
    message = _message("takk for alt", _features("thank"), **diet)
    classifier.process([message])
    assert message.get(INTENT) == diet[INTENT]
    assert message.get(INTENT_RANKING_KEY) == diet[INTENT_RANKING_KEY]


def test_the_vote_never_makes_a_p1_diet_did_not_see(classifier):
    diet = _diet(("goodbye", 0.5), ("crisis", 0.3), ("thank", 0.2))
    message = _message("ha det", _features("crisis"), **diet)
    classifier.process([message])
    assert message.get(INTENT) == diet[INTENT]


def test_an_unclear_vote_leaves_diets_ranking(classifier):
    diet = _diet(("goodbye", 0.75), ("thank", 0.25))
    message = _message("takk og ha det", _features("thank"), **diet)
    probabilities = classifier.clf.predict_proba(scipy.sparse.csr_matrix(_features("thank")))[0]
    averaged = vote(diet[INTENT_RANKING_KEY], dict(zip(classifier.clf.classes_, probabilities)), 0.5)
    assert averaged[0]["name"] == "thank"
    assert averaged[0]["confidence"] - averaged[1]["confidence"] < 0.1  # too close to be sure
    classifier.process([message])
    assert message.get(INTENT) == diet[INTENT]


def test_the_training_examples_keep_their_intents(classifier):
    data = TrainingData([_message("takk", _features("thank"), intent="thank")])
    assert classifier.process_training_data(data).training_examples[0].get(INTENT) == "thank"


def test_loading_the_vote_leaves_the_servers_log_level_alone():
    # In a fresh interpreter (here skops may already be imported): the component's module, then the
    # skops import its load does.
    code = ("import logging; logging.getLogger().setLevel(logging.INFO); import rasa_server.intent_vote; "
            "import skops.io; print(logging.getLogger().level)")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == str(logging.INFO)


def test_the_vote_is_as_sure_as_the_fallback_classifier_after_it():
    """A clear vote is one the FallbackClassifier lets through (config.yml names both numbers twice)."""
    pipeline = {step["name"]: step for step in yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())["pipeline"]}
    vote_step, fallback = pipeline["rasa_server.intent_vote.IntentVoteClassifier"], pipeline["FallbackClassifier"]
    assert (vote_step["threshold"], vote_step["ambiguity_threshold"]) == (
        fallback["threshold"], fallback["ambiguity_threshold"])
