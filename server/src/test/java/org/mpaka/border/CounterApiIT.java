package org.mpaka.border;

import org.mpaka.support.MpakaIT;

@MpakaIT
class CounterApiIT extends CounterApiContract {}
