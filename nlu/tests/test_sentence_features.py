"""DIET without a transformer reads the sentence-level features only (rasa_server/sentence_features.py)."""
import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.diet_classifier import DIETClassifier
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.featurizers.sparse_featurizer.regex_featurizer import RegexFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_server.safety_features import SafetySignFeaturizer
from rasa_server.sentence_features import SentenceFeaturesOnly

EXAMPLES = {
    "reschedule_appointment": ["kan vi flytte møtet", "jeg må flytte timen til fredag", "passer ikke tirsdag, ny tid?"],
    "thank": ["takk for hjelpa", "tusen takk", "takk skal du ha"],
    "urgent_need": ["har ikke mat til helga", "blir kastet ut fredag", "har ingen plass å sove i natt"],
}
UNSEEN = ["kan vi ta timen en annen dag", "takk for i dag", "ungene har ikke mat", "hei"]
WEEKDAYS = [{"name": "weekday", "pattern": "mandag|tirsdag|onsdag|torsdag|fredag"}]


class Pipeline:
    """The featurizers of config.yml with their aliases, optionally the component as config.yml
    configures it, then a small DIET with the project's settings and seed."""

    def __init__(self, tmp_path, drop: bool):
        storage = LocalModelStorage(tmp_path)

        def make(component, config=None, node_name=None):
            node_name = node_name or component.__name__
            return component.create({**component.get_default_config(), **(config or {})}, storage,
                                    Resource(node_name), ExecutionContext(graph_schema=None, node_name=node_name))
        self.steps = [make(WhitespaceTokenizer), make(RegexFeaturizer, {"alias": "regex"}, "regex"),
                      make(SafetySignFeaturizer),
                      make(CountVectorsFeaturizer, {"alias": "words"}, "words"),
                      make(CountVectorsFeaturizer, {"alias": "chars", "analyzer": "char_wb",
                                                    "min_ngram": 2, "max_ngram": 4}, "chars")]
        if drop:
            self.steps.append(make(SentenceFeaturesOnly, {"featurizers": ["regex", "words", "chars"]}))
        self.diet = make(DIETClassifier, {"epochs": 5, "number_of_transformer_layers": 0,
                                          "entity_recognition": False, "random_seed": 20261202,
                                          "constrain_similarities": True})

    def train(self) -> None:
        data = TrainingData([Message({TEXT: text, INTENT: intent})
                             for intent, texts in EXAMPLES.items() for text in texts], regex_features=WEEKDAYS)
        for step in self.steps:
            if hasattr(step, "train"):
                step.train(data)
            step.process_training_data(data)
        self.diet.train(data)

    def parse(self, text: str) -> Message:
        messages = [Message({TEXT: text})]
        for step in self.steps:
            step.process(messages)
        return self.diet.process(messages)[0]


def _sequence_origins(message: Message) -> set:
    return {f.origin for f in message.features if f.attribute == TEXT and f.type == FEATURE_TYPE_SEQUENCE}


@pytest.fixture(scope="module")
def pipelines(tmp_path_factory):
    trained = {}
    for drop in (False, True):
        pipeline = Pipeline(tmp_path_factory.mktemp("diet"), drop)
        pipeline.train()
        trained[drop] = pipeline
    return trained


def test_the_named_featurizers_lose_their_token_level_features_and_keep_the_rest(pipelines):
    everything = {"regex", "SafetySignFeaturizer", "words", "chars"}
    message = pipelines[True].parse("kan vi flytte møtet til fredag")
    assert _sequence_origins(message) == {"SafetySignFeaturizer"}
    assert {f.origin for f in message.features if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE} == everything
    assert _sequence_origins(pipelines[False].parse("kan vi flytte møtet til fredag")) == everything


def test_diet_ranks_every_message_exactly_as_without_the_component(pipelines):
    for text in UNSEEN + ["flytte til onsdag?"] + [text for texts in EXAMPLES.values() for text in texts]:
        kept, dropped = pipelines[False].parse(text), pipelines[True].parse(text)
        assert dropped.get(INTENT)["name"] == kept.get(INTENT)["name"]
        assert np.allclose([r["confidence"] for r in dropped.get("intent_ranking")],
                           [r["confidence"] for r in kept.get("intent_ranking")], rtol=0, atol=1e-6)
