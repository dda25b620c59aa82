import { mountApp } from '../ui/mount';
import { OptionsApp } from './OptionsApp';
import './options.css';

mountApp(OptionsApp);
