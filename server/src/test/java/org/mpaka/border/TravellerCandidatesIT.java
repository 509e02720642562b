package org.mpaka.border;

import org.mpaka.support.MpakaIT;

@MpakaIT
class TravellerCandidatesIT extends TravellerCandidatesContract {}
