"""NetworkX views of a graph: the actor network (network), finding actors by name (lookup), chains, neighbourhoods,
centrality and communities (analyses), the tables and JSON of each `kg view` command (tables), pictures and DOT
(drawing), and writing a view in a format (write)."""

from kg.text import french_label as display_label
from kg.views.analyses import Score, centrality, communities, keep_actors, neighbors, pagerank, shortest_paths
from kg.views.conflicts import conflicts, conflicts_view
from kg.views.drawing import NODE_COLOUR, draw, to_dot
from kg.views.lookup import find_entity, normalise
from kg.views.network import (
    ACTOR_KINDS,
    MODALITY_RANK,
    RELATION,
    RELATIONS,
    Claim,
    Link,
    Relation,
    actor_kind,
    actor_network,
    allowed_modalities,
    links,
    projection,
)
from kg.views.tables import View, actors_view, central_view, communities_view, neighbors_view, path_view
from kg.views.write import SUFFIXES, render, view_format, write_view

__all__ = [
    "ACTOR_KINDS", "MODALITY_RANK", "NODE_COLOUR", "RELATION", "RELATIONS", "SUFFIXES", "Claim", "Link",
    "Relation", "Score", "View", "actor_kind", "actor_network", "actors_view", "allowed_modalities", "central_view",
    "centrality", "communities", "communities_view", "conflicts", "conflicts_view", "display_label", "draw",
    "find_entity", "keep_actors", "links", "neighbors", "neighbors_view", "normalise", "pagerank", "path_view",
    "projection", "render", "shortest_paths", "to_dot", "view_format", "write_view",
]
